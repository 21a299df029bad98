^usage: slotscope
--bogus-option
