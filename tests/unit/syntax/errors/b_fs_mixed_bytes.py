x = bf'{x}'
