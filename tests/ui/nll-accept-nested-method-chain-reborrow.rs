//@ run-pass
//@ spec: 20.4
// Naive checker: rejects chained &mut self methods returning &mut Self.
struct B { parts: Vec<String> }
impl B {
    fn add(&mut self, s: &str) -> &mut B { self.parts.push(s.to_string()); self }
    fn sep(&mut self) -> &mut B { let n = self.parts.len(); self.parts.push(n.to_string()); self }
}
fn main() {
    let mut b = B { parts: Vec::new() };
    b.add("a").sep().add("b");
    let r = b.add("c");
    r.sep();
    b.parts.push(String::from("end"));
    println!("{}", b.parts.join(","));
}
