# versions: 3.8 3.10 3.11 3.12 3.13
# shadow: traceback,unittest
import unittest

class Basic(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail_eq(self):
        self.assertEqual(1, 2)

    def test_fail_str(self):
        self.assertEqual('a', 'b')

    def test_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_true(self):
        self.assertTrue(0)

    def test_msg(self):
        self.assertEqual(3, 4, "custom")

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

if __name__ == '__main__':
    unittest.main()
