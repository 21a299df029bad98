# versions: 3.8 3.10 3.11 3.12 3.13
# shadow: traceback,unittest
import sys
import unittest


class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual(2, 3)

    def test_three(self):
        print('printed by test_three')
        self.assertTrue(False)

    def helper(self):
        pass


class B(A):
    def test_extra(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
print(loader.getTestCaseNames(B))
suite = loader.loadTestsFromTestCase(A)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(A('test_one')), str(A('test_one')), A('test_one') == A('test_one'))
try:
    A('nope')
except ValueError as e:
    print('ValueError', str(e).replace(__name__, 'M'))

runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=0)
result = runner.run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(result.failures[0][0], repr(result.failures[0][1].splitlines()[-1]))

result = unittest.TestResult()
A('test_two').run(result)
print(result, result.failures[0][0])

ft = unittest.FunctionTestCase(lambda: None, description='a function test')
print(ft.shortDescription(), ft.countTestCases())
r = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(unittest.TestSuite([ft]))

print('--- failfast')
unittest.TextTestRunner(stream=sys.stdout, failfast=True).run(loader.loadTestsFromTestCase(A))
print('--- buffer')
unittest.TextTestRunner(stream=sys.stdout, buffer=True).run(unittest.TestSuite([A('test_three')]))
print('--- empty')
unittest.TextTestRunner(stream=sys.stdout).run(unittest.TestSuite())

print('--- main -k')
prog = unittest.main(argv=['prog', '-k', 'two', '-q'], exit=False)
print(prog.result.testsRun)
print('--- main names')
prog = unittest.main(argv=['prog', 'A.test_one', 'B'], exit=False, testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
print(prog.result)
print('--- main exit')
try:
    unittest.main(argv=['prog', 'A.test_one'])
except SystemExit as e:
    print('SystemExit', e.code)
unittest.main(argv=['prog', 'A.test_two'])
