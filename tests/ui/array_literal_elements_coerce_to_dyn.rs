//@ run-pass
//@ spec: 14.10
// `&[&5, &"x", &v]` where a `&[&dyn Describe]` is expected: each element is a coercion site.
trait Describe { fn describe(&self) -> String; }
impl Describe for i32 { fn describe(&self) -> String { format!("int {}", self) } }
impl Describe for &str { fn describe(&self) -> String { format!("str '{}'", self) } }
impl<T: Describe> Describe for Vec<T> { fn describe(&self) -> String { format!("[{}]", self.iter().map(|x| x.describe()).collect::<Vec<_>>().join(", ")) } }
impl<T: Describe> Describe for Option<T> { fn describe(&self) -> String { match self { Some(x) => format!("some {}", x.describe()), None => String::from("none") } } }
fn show_all(items: &[&dyn Describe]) { for i in items { println!("{}", i.describe()); } }
fn main() {
    let v = vec![1, 2];
    let o = Some("hi");
    show_all(&[&5, &"x", &v, &o]);
    let boxed: Vec<Box<dyn Describe>> = vec![Box::new(7), Box::new(Some(3))];
    let all: Vec<String> = boxed.iter().map(|b| b.describe()).collect();
    println!("{:?}", all);
}
