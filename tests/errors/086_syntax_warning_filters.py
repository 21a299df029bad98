# warnings filters apply to compile-time warnings: "error" makes them SyntaxErrors.
import warnings
warnings.simplefilter("error")
try:
    compile("x = 1\nprint(x is 1)\n", "<demo>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
warnings.simplefilter("ignore")
exec("print(2 is 2)")
