s = 'it's here'
