//@ run-pass
//@ spec: 4.5
// `let ref r = e` borrows the place e (or a temporary holding its value); `let ref mut`
// writes through to the variable.
#[derive(Debug)]
struct P { x: i32, name: String }
fn main() {
    let c = 'Q'; let ref r1 = c; let r2 = &c; println!("{}", *r1 == *r2);
    println!("{} {}", r1, r1 == r2);
    let mut x = 1;
    { let ref mut m = x; *m += 10; }
    println!("{}", x);
    let s = String::from("abc");
    let ref rs = s;
    println!("{} {}", rs.len(), s);
    let ref lit = 5;
    println!("{}", *lit + 1);
    let p = P { x: 3, name: String::from("p") };
    let ref rp = p;
    println!("{:?} {}", rp, rp.name);
    let ref f = 2.5f64;
    let ref tup = (1, "two");
    println!("{} {:?} {}", f, tup, tup.1);
    let v = vec![1, 2, 3];
    let ref rv = v;
    let total: i32 = rv.iter().sum();
    println!("{} {}", total, v.len());
    let mut w = vec![1];
    { let ref mut mw = w; mw.push(2); }
    println!("{:?}", w);
    let ref r @ 1..=9 = 4 else { return; };
    println!("{}", r);
    let n @ 1..=9 = 7 else { return; };
    println!("{}", n);
    let ref computed = x * 2 + 1;
    println!("{}", computed);
    let ref ch = r1;
    println!("{}", ***&ch);
}
