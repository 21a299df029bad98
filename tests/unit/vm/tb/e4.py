try:
    int("abc")
except ValueError:
    {}["missing"]
