slotscope --help
