f(pass=1)
