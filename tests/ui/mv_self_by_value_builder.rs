//@ spec: 12.1, 14.1
// A method taking `self` consumes its receiver; returning `Self` hands ownership back, so
// chained builder calls and reassigning `x = x.step()` keep the value alive.
#[derive(Debug)]
struct Request {
    url: String,
    headers: Vec<String>,
    retries: u32,
}

impl Request {
    fn new(url: &str) -> Request {
        Request { url: url.to_string(), headers: Vec::new(), retries: 0 }
    }
    fn header(mut self, h: &str) -> Request {
        self.headers.push(h.to_string());
        self
    }
    fn retry(self, n: u32) -> Self {
        Request { retries: n, ..self }
    }
    fn finish(self) -> String {
        format!("{} [{}] x{}", self.url, self.headers.join(", "), self.retries)
    }
}

fn main() {
    let r = Request::new("/a").header("A: 1").header("B: 2").retry(3);
    println!("{:?}", r);
    let summary = r.finish();
    println!("{}", summary);

    let mut req = Request::new("/loop");
    for i in 0..3 {
        req = req.header(&format!("H{}", i));
    }
    let n = req.headers.len() as u32;
    req = req.retry(n);
    println!("{}", req.finish());

    let base = Request::new("/base");
    let copy_url = base.url.clone();
    let done = base.retry(1);
    println!("{} {}", copy_url, done.retries);
}
