#!/usr/bin/env node
require('../dist/cablelint.js');
