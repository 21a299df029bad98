# A character that cannot start a token.
x = 1 ¤ 2
