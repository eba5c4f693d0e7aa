#!/usr/bin/env node
// The built entry holds everything; this shim only points at it.
import '../dist/main.js';
