slotscope --version
