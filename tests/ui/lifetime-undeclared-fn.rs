//@ compile-fail
//@ spec: 19.1
//@ stderr-contains: use of undeclared lifetime name `'b`
fn f(a: &'b str) -> &'b str { //~ ERROR E0261
    //~^ ERROR E0261
    a
}

fn main() {}
