# A missing colon.
if x
    pass
