//@ run-fail
//@ spec: 11.16, 13.5
// unwrap and expect panic at their caller's location (#[track_caller]).
fn lookup(i: usize) -> Option<i32> {
    if i < 3 { Some(i as i32 * 10) } else { None }
}
fn main() {
    println!("{}", lookup(1).unwrap());
    let r: Result<i32, &str> = Err("bad");
    println!("{}", r.unwrap_or(5));
    let v = lookup(9).unwrap();
    println!("{}", v);
}
