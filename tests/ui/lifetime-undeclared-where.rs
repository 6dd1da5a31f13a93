//@ compile-fail
//@ spec: 19.1, 19.7
fn f<'a, T>(x: &'a T)
where
    T: 'q, //~ ERROR E0261
{
}
fn g<'a>(x: &'a i32) where 'a: 'z {} //~ ERROR E0261

fn main() {}
