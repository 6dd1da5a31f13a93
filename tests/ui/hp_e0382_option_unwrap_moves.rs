//@ compile-fail
//@ spec: 12.1, 17.1, 17.8
// unwrap, `*b` and into_iter take their receiver by value: an Option<String>, a
// Box<String> or a Vec used again afterwards is a use of a moved value.
fn main() {
    let name: Option<String> = Some(String::from("ada"));
    let n = name.unwrap();
    println!("{} {:?}", n, name); //~ ERROR E0382
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{} {}", s, b); //~ ERROR E0382
    let v = vec![String::from("x")];
    let it = v.into_iter();
    println!("{}", v.len()); //~ ERROR E0382
    let r: Result<String, String> = Ok(String::from("fine"));
    let inner = r.unwrap_or(String::new());
    println!("{} {}", inner, r.is_ok()); //~ ERROR E0382
    drop(it);
}
