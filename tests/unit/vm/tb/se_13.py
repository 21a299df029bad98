class C:
    [y := 1 for i in range(2)]
