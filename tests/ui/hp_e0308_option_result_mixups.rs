//@ compile-fail
//@ spec: 11.16, 13.5
// Option and Result are not their payloads: using an Option<i32> as an i32, returning a
// bare value where Result is expected, or Some where Ok is expected are type errors.
fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn parse(s: &str) -> Result<i32, String> {
    if s.is_empty() {
        return Err(String::from("empty"));
    }
    42 //~ ERROR E0308
}

fn check(n: i32) -> Result<i32, String> {
    Some(n) //~ ERROR E0308
}

fn main() {
    let h: i32 = half(4); //~ ERROR E0308
    let v: Vec<i32> = vec![1, 2];
    let first: i32 = v.first(); //~ ERROR E0308
    println!("{} {} {:?} {:?}", h, first, parse("1"), check(2));
}
