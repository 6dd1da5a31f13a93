//@ run-pass
//@ spec: 19.1, 19.5
// A struct holding references with a named lifetime, built and read back.
#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
    line: usize,
}

#[derive(Debug)]
struct Pair<'a, 'b> {
    left: &'a i32,
    right: &'b mut i32,
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = novel.split('.').next().unwrap();
    let e = Excerpt { part: first, line: 1 };
    println!("{:?}", e);
    println!("{} at {}", e.part, e.line);
    let a = 1;
    let mut b = 2;
    let p = Pair { left: &a, right: &mut b };
    *p.right += *p.left;
    println!("{:?}", p);
}
