//@ compile-fail
//@ spec: 19.7
fn f<T: PartialEq<&i32>>(t: T) {} //~ ERROR E0637
fn g<T>(t: T) where T: PartialEq<&'_ i32> {} //~ ERROR E0637
fn h<T: '_>(t: T) {} //~ ERROR E0637

fn main() {}
