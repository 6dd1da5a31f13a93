//@ spec: 17.6
// More of Vec (extend, append, split_off) and of Option (as_ref, as_mut, ok_or,
// unwrap_or_default, zip, xor) and Result (as_ref, ok, err).
fn main() {
    let a: Option<String> = Some(String::from("hi"));
    let l = a.as_ref().map(|s| s.len());
    println!("{:?} {:?}", l, a);
    let mut b: Option<i32> = None;
    println!("{} {:?}", b.unwrap_or_default(), b.ok_or("none"));
    if let Some(x) = b.as_mut() { *x += 1; }
    b = Some(4);
    if let Some(x) = b.as_mut() { *x += 1; }
    println!("{:?} {:?} {:?}", b, b.is_some(), b.is_none());
    let r: Result<i32, String> = Err(String::from("bad"));
    println!("{:?} {:?} {}", r.as_ref().ok(), r.as_ref().err(), r.is_err());
    let v = vec![1, 2, 3];
    let mut w = Vec::new();
    w.extend(v.iter().map(|x| x * 10));
    w.extend(vec![7, 8].into_iter());
    println!("{:?}", w);
    let tail = w.split_off(3);
    println!("{:?} {:?}", w, tail);
    let drained: Vec<i32> = w.clone();
    println!("{:?} {:?}", drained, w.len());
    let mut u = vec![1, 2];
    u.append(&mut vec![3, 4]);
    println!("{:?} {:?}", u, u.iter().rev().collect::<Vec<_>>());
    println!("{:?}", Some(3).zip(Some('a')));
    println!("{:?} {}", Some(5).xor(None::<i32>), Some(2).unwrap_or(0));
}
