//@ compile-fail
//@ spec: 14.7
// `?` needs a function whose return type can carry the failure: in main returning (),
// or mixing an Option's `?` into a Result-returning fn, rustc rejects it at the `?`.
fn get(v: &Vec<i32>, i: usize) -> Result<i32, String> {
    let x = v.get(i)?; //~ ERROR E0277
    Ok(*x)
}

fn first_char(s: &str) -> Option<char> {
    let n: i32 = s.parse::<i32>()?; //~ ERROR E0277
    Some(char::from(n as u8))
}

fn main() {
    let v = vec![1, 2, 3];
    let x = get(&v, 1)?; //~ ERROR E0277
    println!("{} {:?}", x, first_char("65"));
}
