//@ compile-fail
//@ spec: 12.1, 11.16
// Option<T> is Copy only when T is.
#[derive(Debug)]
struct Token { text: &'static str }

fn main() {
    let n = Some(3);
    let m = n;
    println!("{:?} {:?}", n, m);
    let t = Some(Token { text: "x" });
    let u = t;
    println!("{:?} {:?}", t, u); //~ ERROR E0382
}
