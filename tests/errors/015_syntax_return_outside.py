# return outside a function.
return 5
