//@ run-pass
//@ spec: 6.3.1
// Comparisons and cmp of references to references inside iterator adaptors, and a
// deref-coerced argument (`refs[0].cmp(refs[1])` of a Vec<&&i32>) that crashed the compiler.
fn main() {
    let a = 5; let b = 5;
    let (ra, rb) = (&&a, &&b);
    assert_eq!(ra, rb);
    assert!(ra == rb);
    let v = vec![3, 1, 2];
    println!("{}", v.iter().filter(|x| x == &&2).count());
    let firsts = vec![Some(&3), None];
    println!("{}", firsts[0] == Some(&3));
    let it = v.iter().collect::<Vec<&i32>>();
    let refs: Vec<&&i32> = it.iter().collect();
    println!("{:?} {:?}", refs.iter().max(), refs.iter().min());
    println!("{:?}", refs[0].cmp(refs[1]));
    let s = vec!["b", "c", "a"];
    let rs: Vec<&&str> = s.iter().collect();
    println!("{:?} {}", rs.iter().max(), rs[0] < rs[1]);
    let names = vec![String::from("x"), String::from("a")];
    let rn: Vec<&String> = names.iter().collect();
    println!("{} {}", rn[0] > rn[1], &rn[0] > &rn[1]);
    let fl = vec![1.5f32, -2.0];
    println!("{:?}", fl.iter().filter(|x| **x > 0.0).collect::<Vec<_>>());
    println!("{:?}", fl.iter().filter(|x| x > &&0.0).collect::<Vec<_>>());
    let cs = vec!['a', 'Z'];
    println!("{:?}", cs.iter().filter(|c| c >= &&'a').collect::<Vec<_>>());
    let ts = vec![(1, 'a'), (0, 'b')];
    println!("{:?}", ts.iter().filter(|t| t > &&(0, 'c')).collect::<Vec<_>>());
    let bs = vec![true, false];
    println!("{:?}", bs.iter().filter(|b| b > &&false).collect::<Vec<_>>());
    let us: Vec<u64> = vec![u64::MAX, 1];
    println!("{:?}", us.iter().filter(|u| u > &&2).collect::<Vec<_>>());
    let is: Vec<i8> = vec![-128, 127];
    println!("{:?}", is.iter().filter(|u| u < &&0).collect::<Vec<_>>());
}
