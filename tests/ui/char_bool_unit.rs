//@ run-pass
//@ spec: 6.1
fn unit() {}

fn main() {
    let c = 'x';
    let d: char = '\u{1F600}';
    let t = true;
    let u = unit();
    println!("{} {} {} {:?}", c, d, t, u);
    println!("{}", c == 'x' && t);
    let nl = '\n';
    println!("{:?} {:?}", nl, '\\');
    let b = b'A';
    println!("{}", b);
}
