//@ compile-fail
//@ spec: 19.1, 19.9
use std::fmt::Display;
fn d<'a>(x: Box<dyn Display + 'b>) {} //~ ERROR E0261

fn main() {}
