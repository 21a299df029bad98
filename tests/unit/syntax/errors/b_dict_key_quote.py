d = {name: "x}
