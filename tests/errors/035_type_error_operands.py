# TypeError for bad operand types; 3.11+ marks the operator under the expression.
count = 3
label = 'items: ' + count
