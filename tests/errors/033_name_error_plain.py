# NameError with nothing close enough to suggest.
x = 1
print(completely_unknown_identifier)
