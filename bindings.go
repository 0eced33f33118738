//go:build bindings

package main

// bindingsOnly is true in the build that only generates frontend/wailsjs.
const bindingsOnly = true
