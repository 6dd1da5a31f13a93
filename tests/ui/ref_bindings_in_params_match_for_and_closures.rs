//@ run-pass
//@ spec: 4.5
// `ref`/`ref mut` bindings as fn and closure parameters, in match, for and if let.
fn show(ref x: i32, ref mut y: String) -> usize { y.push('!'); println!("{} {}", x, y); y.len() }
fn main() {
    let c = 'z';
    match c { ref r => println!("{}", *r == 'z') }
    let v = vec![String::from("a"), String::from("b")];
    for ref s in &v { println!("{}", s.len()); }
    println!("{}", show(4, String::from("hey")));
    let pairs = vec![(1, 'a'), (2, 'b')];
    for &(ref n, ref ch) in &pairs { println!("{} {}", n, ch); }
    if let Some(ref x) = Some(5) { println!("{}", x); }
    let opt = Some(String::from("kept"));
    if let Some(ref s) = opt { println!("{}", s); }
    println!("{:?}", opt);
    closures();
}
fn closures() {
    let v = vec![3, 4];
    let s: Vec<i32> = v.iter().map(|ref x| **x * 2).collect();
    println!("{:?}", s);
    let f = |ref mut n: i32| { *n += 1; *n };
    println!("{}", f(9));
}
