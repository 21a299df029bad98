result = some_function(argument_one, argument_two) + another_function(x y)
