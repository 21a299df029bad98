# Source that is not valid UTF-8 (a 0xff byte inside a string).
x = 1
s = "ÿþ"
