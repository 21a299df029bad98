# versions: 3.8 3.10 3.11 3.12 3.13
# shadow: traceback,unittest
import unittest


class Messages(unittest.TestCase):
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_list_longer(self):
        self.assertEqual([1, 2], [1, 2, 3])

    def test_tuple(self):
        self.assertEqual((1, 'a'), (1, 'b'))

    def test_dict(self):
        self.assertEqual({'b': 1, 'a': 2}, {'a': 2, 'b': 3})

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTwo\nthree\nfour\n")

    def test_similar_lines(self):
        self.assertEqual("the quick brown fox", "the quick brawn fox")

    def test_long_repr(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(29)) + [99])

    def test_maxdiff(self):
        self.maxDiff = 20
        self.assertEqual(list(range(10)), list(range(1, 11)))

    def test_maxdiff_none(self):
        self.maxDiff = None
        self.assertEqual({'k%d' % i: i for i in range(12)}, {'k%d' % i: i + (i == 5) for i in range(12)})

    def test_not_equal(self):
        self.assertNotEqual(3, 3)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(None, 0)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_is_none(self):
        self.assertIsNone('x')

    def test_is_not_none(self):
        self.assertIsNotNone(None)

    def test_in(self):
        self.assertIn(5, [1, 2])

    def test_not_in(self):
        self.assertNotIn('a', 'abc')

    def test_isinstance(self):
        self.assertIsInstance(3, str)

    def test_not_isinstance(self):
        self.assertNotIsInstance(3, int, 'ints!')

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_greater_equal(self):
        self.assertGreaterEqual(1, 2)

    def test_less(self):
        self.assertLess(2, 1)

    def test_less_equal(self):
        self.assertLessEqual(2, 1)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2, 'x'], [1, 2, 2, 'y'])

    def test_count_equal_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [1]])

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_callable(self):
        self.assertRaises(KeyError, len, [])

    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            raise ValueError('other')

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r'^bad \d+$'):
            raise ValueError('bad value')

    def test_regex(self):
        self.assertRegex('hello world', 'w[aeiou]+rld!')

    def test_not_regex(self):
        self.assertNotRegex('hello world', 'o w')

    def test_fail(self):
        self.fail('explicit')

    def test_fail_none(self):
        self.fail()

    def test_long_message_off(self):
        self.longMessage = False
        self.assertEqual(1, 2, 'only this')

    def test_sequence(self):
        self.assertSequenceEqual('abc', ['a', 'b', 'c'])

    def test_list_equal_type(self):
        self.assertListEqual((1,), [1])

    def test_passing(self):
        self.assertEqual([1, [2]], [1, [2]])
        self.assertEqual(1, 1.0)
        self.assertTrue(1)
        self.assertCountEqual('abc', 'cab')
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaisesRegex(ValueError, 'inv.lid', int, 'x')
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertRegex('abc123', r'[a-c]{3}\d+')
        self.assertRegex('color colour', 'colou?r$')
        self.assertRegex('aXb', '(x|X)b')


if __name__ == '__main__':
    unittest.main()
