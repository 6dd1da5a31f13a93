//@ compile-fail
//@ spec: 3.5
fn helper() {} //~ ERROR E0601
