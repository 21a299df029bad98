# version: 3.11
# 3.11 shows carets under the failing part of the line.
count = 3
label = 'items: ' + count
