print x,
