# version: 3.13
# A failing class body: the class statement spans whole lines, so no carets (3.13).
class Config:
    values = {"a": 1}
    b = values["b"]
