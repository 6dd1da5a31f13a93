//@ compile-fail
//@ spec: 12.1.1, 11.11
// A by-value binding in one match arm or `if let` moves the payload out of the scrutinee;
// using the scrutinee after the match is E0382 even if that arm did not run.
#[derive(Debug)]
enum Parcel {
    Letter(String),
    Box(Vec<u8>),
    Nothing,
}

fn main() {
    let p = Parcel::Letter(String::from("dear"));
    match p {
        Parcel::Letter(text) => println!("letter {}", text),
        Parcel::Box(ref bytes) => println!("box {}", bytes.len()),
        Parcel::Nothing => {}
    }
    println!("{:?}", p); //~ ERROR E0382

    let q = Some(String::from("q"));
    if let Some(s) = q {
        println!("{}", s);
    }
    let r = q.is_some(); //~ ERROR E0382

    let items = vec![String::from("a")];
    let flag = r;
    let kept = if flag { items } else { Vec::new() };
    println!("{} {}", kept.len(), items.len()); //~ ERROR E0382
}
