//@ compile-fail
//@ spec: 20.7
// Two `Option<&mut T>` from as_mut() of the same Option both live.
fn main() {
    let mut o = Some(String::from("a"));
    let a = o.as_mut();
    let b = o.as_mut(); //~ ERROR E0499
    if let Some(s) = a { s.push('x'); }
    if let Some(s) = b { s.push('y'); }
    println!("{:?}", o);
}
