//@ spec: 11.4, 17.7
// `{:#?}` indents what a Debug impl writes (Vec's, Box's, Option's, a hand-written one)
// to the depth it sits at in a derived layout, as rustc's PadAdapter does, and prints an
// empty Vec as `[]` in either layout.
#[derive(Debug)]
struct S { v: Vec<i32>, e: Vec<String>, b: Box<(i32, Vec<u8>)>, o: Option<Vec<i32>> }
#[derive(Debug)]
struct T { inner: Vec<S>, n: u8 }
struct Custom;
impl std::fmt::Debug for Custom {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "line1\nline2")
    }
}
#[derive(Debug)]
struct W { c: Custom, k: [Custom; 1] }
fn main() {
    let s = S { v: vec![1, 2], e: vec![], b: Box::new((3, vec![4])), o: Some(vec![5]) };
    println!("{:#?}", s);
    println!("{:?}", s);
    let t = T { inner: vec![s], n: 1 };
    println!("{:#?}", t);
    println!("{:#?}", vec![vec![1], vec![]]);
    let empty: Vec<i32> = vec![];
    println!("{:#?} {:?}", empty, empty);
    println!("{:#?}", W { c: Custom, k: [Custom] });
    let st = format!("{:#?}", Some(vec![(1, "a")]));
    println!("{}", st);
}
