# A user-defined exception with arguments, raised from a method.
class ValidationError(Exception):
    pass
class Form:
    def check(self, age):
        if age < 0:
            raise ValidationError('age must be >= 0', age)
        return age
f = Form()
print(f.check(3))
f.check(-1)
