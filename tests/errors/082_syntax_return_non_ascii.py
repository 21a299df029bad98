# version: 3.12
# return outside a function after a non-ASCII string (offsets count UTF-8 bytes).
name = "Renée"; return name
