# comment
x = 1
s = "ÿþ"
