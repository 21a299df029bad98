can't open file .*no_such_file\.py.*\[Errno 2\] No such file or directory
