# An f-string with an unclosed replacement field.
x = f"{"
