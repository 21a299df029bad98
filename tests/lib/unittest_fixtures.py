# versions: 3.8 3.10 3.11 3.12 3.13
# shadow: traceback,unittest
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')
    print(log)


class WithClassFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        """First line of the doc.

        More text."""
        log.append('a')

    def test_b(self):
        log.append('b')
        raise RuntimeError('boom')


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class setup broke')

    def test_never(self):
        log.append('never')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise KeyError('setup')

    def test_x(self):
        pass


class BrokenCleanup(unittest.TestCase):
    def test_cleanup_fails(self):
        def bad():
            raise OSError('cleanup failed')
        self.addCleanup(bad)


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass


class Skips(unittest.TestCase):
    @unittest.skipIf(True, 'condition true')
    def test_if(self):
        pass

    @unittest.skipUnless(False, 'condition false')
    def test_unless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_runs(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    def setUp(self):
        if self._testMethodName == 'test_z':
            raise unittest.SkipTest('from setUp')

    def test_z(self):
        pass


class SubTests(unittest.TestCase):
    def test_nested(self):
        for i in range(2):
            with self.subTest(i=i):
                for j in range(2):
                    with self.subTest('inner', j=j):
                        self.assertNotEqual((i, j), (1, 0))

    def test_error_in_subtest(self):
        with self.subTest():
            raise TypeError('in subtest')

    @unittest.expectedFailure
    def test_expected_with_subtest(self):
        with self.subTest(k=1):
            self.assertEqual(1, 0)


class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('converted') from e

    def test_context(self):
        try:
            [][1]
        except IndexError:
            int('z')

    def helper(self, n):
        if n:
            return self.helper(n - 1)
        self.assertEqual('deep', 'shallow')

    def test_deep(self):
        self.helper(2)


if __name__ == '__main__':
    unittest.main(verbosity=2)
